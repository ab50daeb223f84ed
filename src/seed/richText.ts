/**
 * Lexical editor states as `@payloadcms/richtext-lexical` stores them: a root holding paragraphs,
 * headings and lists, each holding text nodes.
 */
type TextNode = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }
type ElementBase = { direction: 'ltr'; format: ''; indent: 0; version: 1 }
export type LexicalBlockNode =
  | ({ type: 'paragraph'; children: TextNode[]; textFormat: 0; textStyle: '' } & ElementBase)
  | ({ type: 'heading'; tag: 'h2' | 'h3'; children: TextNode[] } & ElementBase)
  | ({
      type: 'list'
      listType: 'bullet' | 'number'
      tag: 'ul' | 'ol'
      start: 1
      children: ListItemNode[]
    } & ElementBase)
type ListItemNode = { type: 'listitem'; value: number; children: TextNode[] } & ElementBase

export type RichText = {
  root: { type: 'root'; children: LexicalBlockNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const
const BOLD = 1

/** `**bold**` spans become bold text nodes; everything else is plain text. */
function inline(text: string): TextNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => {
      const bold = part.startsWith('**') && part.endsWith('**')
      return {
        type: 'text',
        text: bold ? part.slice(2, -2) : part,
        format: bold ? BOLD : 0,
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
      }
    })
}

export const paragraph = (text: string): LexicalBlockNode => ({
  type: 'paragraph',
  children: inline(text),
  textFormat: 0,
  textStyle: '',
  ...element,
})

export const heading = (text: string, tag: 'h2' | 'h3' = 'h2'): LexicalBlockNode => ({
  type: 'heading',
  tag,
  children: inline(text),
  ...element,
})

export const bulletList = (items: string[]): LexicalBlockNode => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((item, index) => ({ type: 'listitem', value: index + 1, children: inline(item), ...element })),
  ...element,
})

export function richText(...nodes: (LexicalBlockNode | string)[]): RichText {
  return {
    root: {
      type: 'root',
      children: nodes.map((node) => (typeof node === 'string' ? paragraph(node) : node)),
      ...element,
    },
  }
}
