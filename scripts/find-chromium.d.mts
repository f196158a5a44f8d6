export declare const CANDIDATE_PATHS: readonly string[];
export declare const CHROMIUM_ARGS: readonly string[];
export declare function findChromium(options?: {
  install?: boolean;
  log?: (line: string) => void;
}): string;
