// Placeholder entry so the CDK stack can reference it; the real wiring lands in the foundation commits.
export async function handler(): Promise<never> {
  throw new Error('the feeds handler is not wired yet');
}
