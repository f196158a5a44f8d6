export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export interface Build {
  manifest: Record<string, ManifestChunk>;
  chunkModules: Record<string, string>;
}
export interface RouteSpec {
  name: string;
  path: string;
  modules: string[];
  library: boolean;
  budget: boolean;
  limitKb?: number;
}
export interface RouteSize {
  name: string;
  path: string;
  budget: boolean;
  js: number;
  css: number;
  jsFiles: string[];
  cssFiles: string[];
  limit: number;
  ok: boolean;
}
export declare const DIST: string;
export declare const BUDGET_KB: number;
export declare const LIVE_HUDDLE_LIMIT_KB: number;
export declare const STARTUP_MODULES: readonly string[];
export declare const LIBRARY_MODULES: readonly string[];
export declare const ROUTES: readonly RouteSpec[];
export declare function readBuild(dist?: string): Build;
export declare function chunkKeyOf(build: Build, moduleId: string): string;
export declare function firstLoadFiles(
  build: Build,
  moduleIds: readonly string[],
): { js: Set<string>; css: Set<string> };
export declare function routeModules(route: RouteSpec): string[];
export declare function gzipKb(file: string, dist?: string): number;
export declare function measureRoutes(dist?: string, routes?: readonly RouteSpec[]): RouteSize[];
