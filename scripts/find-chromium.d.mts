export declare const CANDIDATE_PATHS: readonly string[];
export declare function findChromium(options?: {
  install?: boolean;
  log?: (line: string) => void;
}): string;
