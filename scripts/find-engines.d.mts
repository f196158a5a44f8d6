export type EngineName = 'webkit' | 'firefox';
export declare const ENGINES: readonly EngineName[];
export declare const INSTALL_HINTS: Readonly<Record<EngineName, string>>;
export declare function findEngine(engine: 'webkit'): {
  driver: string;
  browser: string;
  xvfb: string;
};
export declare function findEngine(engine: 'firefox'): { browser: string };
export declare function findEngine(engine: EngineName): {
  driver?: string;
  browser: string;
  xvfb?: string;
};
