/** A mistake in how docs-lint was called: the CLI prints it as one line and exits 2. */
export class UsageError extends Error {
}
