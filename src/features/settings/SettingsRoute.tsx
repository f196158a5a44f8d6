import { StorageSection } from './StorageSection';

export function SettingsRoute() {
  return (
    <div className="page">
      <h1>Settings</h1>
      <StorageSection />
    </div>
  );
}
