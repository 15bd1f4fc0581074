/** A mistake in how the CLI or API was called: bad option, missing directory. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The audit could not run at all: no browser, or the Storybook could not be loaded. Exit code 4. */
export class SetupError extends Error {
  override name = 'SetupError';
}

/** No browser could be found or started; the message says how to install one. Exit code 4. */
export class BrowserUnavailableError extends SetupError {
  override name = 'BrowserUnavailableError';
}
