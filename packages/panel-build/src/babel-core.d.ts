// The one call this package makes into @babel/core, which ships without types (and @types/babel__core
// is not installed).
declare module '@babel/core' {
  interface TransformResult {
    readonly code?: string | null;
  }
  const babel: {
    transformAsync(code: string, options: Record<string, unknown>): Promise<TransformResult | null>;
  };
  export default babel;
}
