import { Kind, visit, type DocumentNode, type FieldNode } from 'graphql'

/**
 * The GraphQL lists that read only the fields the query asks for. Payload's list resolver reads
 * every column, localized join and hook of every document and then lets GraphQL drop what was not
 * asked, unless the query passes `select: true`: for 24 vehicles that was a third of the Node
 * time per request (docs/architecture.md, Performance budgets). Vehicles are the list read at
 * scale by clients of the API.
 */
export const SELECTED_LISTS = new Set(['Vehicles'])

/**
 * `select: true` added to the root list fields of `SELECTED_LISTS` that do not say otherwise; null
 * when the document has none (it is then passed on untouched).
 */
export function selectAskedFields(document: DocumentNode): DocumentNode | null {
  let changed = false
  const rewritten = visit(document, {
    OperationDefinition(operation) {
      if (operation.operation !== 'query') return undefined
      const selections = operation.selectionSet.selections.map((selection) => {
        if (selection.kind !== Kind.FIELD || !SELECTED_LISTS.has(selection.name.value)) return selection
        if (selection.arguments?.some((argument) => argument.name.value === 'select')) return selection
        changed = true
        return {
          ...selection,
          arguments: [
            ...(selection.arguments ?? []),
            {
              kind: Kind.ARGUMENT,
              name: { kind: Kind.NAME, value: 'select' },
              value: { kind: Kind.BOOLEAN, value: true },
            },
          ],
        } satisfies FieldNode
      })
      return { ...operation, selectionSet: { ...operation.selectionSet, selections } }
    },
  })
  return changed ? rewritten : null
}
