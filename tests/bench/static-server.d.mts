/** Types of static-server.mjs, for the e2e test that checks the bench serves under the CSP. */
export declare function startStaticServer(
  rootDir: string,
): Promise<{ readonly origin: string; close(): Promise<void> }>;
