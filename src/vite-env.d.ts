interface ImportMetaEnv {
  /** Hash of src/domain/library in a production build (vite.config.ts); undefined otherwise. */
  readonly BUILT_IN_LIBRARY_VERSION?: string;
}
