import type { UserArgs } from './roles'

type OperationArgs = UserArgs & { operation?: string }

/** Some fields are the customer's to write only at one moment: a request when creating it, an answer when updating. */
export const creating = ({ operation }: OperationArgs): boolean => operation === 'create'
export const updating = ({ operation }: OperationArgs): boolean => operation === 'update'
