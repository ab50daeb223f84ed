import {
  GraphQLError,
  Kind,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/**
 * Bounds on one GraphQL document. Payload's complexity rule weighs fields, but not how deep a query
 * walks relations (each level a populate round-trip) nor how many collection queries one document
 * runs side by side through aliases (each one a database query at once, exhausting the pool).
 */
export const GRAPHQL_LIMITS = {
  /** `Quotes { docs { vehicle { images { image { sizes { card { url } } } } } } }` is 8 deep. */
  maxDepth: 10,
  /** Root fields per operation: a page's worth of lists and lookups, not a fan-out of aliases. */
  maxRootFields: 20,
  /** Payload's default is 1000; a relation weighs 10, a scalar 1. */
  maxComplexity: 500,
} as const

function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is refused in production by Payload and walks type references, not data.
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting))
    } else {
      const name = selection.name.value
      const fragment = fragments[name]
      // A cycle is reported by graphql's own NoFragmentCycles rule; here it must not recurse forever.
      if (!fragment || visiting.has(name)) continue
      visiting.add(name)
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting))
      visiting.delete(name)
    }
  }
  return deepest
}

function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let count = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      count += countRootFields(selection.selectionSet, fragments, visiting)
    else {
      const fragment = fragments[selection.name.value]
      if (!fragment || visiting.has(selection.name.value)) continue
      visiting.add(selection.name.value)
      count += countRootFields(fragment.selectionSet, fragments, visiting)
      visiting.delete(selection.name.value)
    }
  }
  return count
}

/** Refuses operations that select deeper than `maxDepth` or run more than `maxRootFields` root fields. */
export function queryLimits(maxDepth: number, maxRootFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {}
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
    }
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments, new Set())
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The query is ${depth} levels deep; the limit is ${maxDepth}.`, { nodes: [operation] }),
          )
        }
        const rootFields = countRootFields(operation.selectionSet, fragments, new Set())
        if (rootFields > maxRootFields) {
          context.reportError(
            new GraphQLError(`The operation selects ${rootFields} root fields; the limit is ${maxRootFields}.`, {
              nodes: [operation],
            }),
          )
        }
      },
    }
  }
}

/**
 * Whether fragments spread each other in a cycle. graphql's NoFragmentCycles rule reports it, but
 * Payload's complexity rule runs in the same pass, recurses through the cycle and overflows the
 * stack (a 500), so such documents are refused before validation.
 */
export function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const done = new Set<string>()
  const onPath = new Set<string>()
  const cycles = (name: string): boolean => {
    if (onPath.has(name)) return true
    if (done.has(name)) return false
    onPath.add(name)
    const found = (spreads.get(name) ?? []).some(cycles)
    onPath.delete(name)
    done.add(name)
    return found
  }
  return [...spreads.keys()].some(cycles)
}
