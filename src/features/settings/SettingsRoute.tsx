import { BackupSection } from './BackupSection';
import { LockSection } from './LockSection';
import { ReportsSection } from './ReportsSection';
import { SampleDataSection } from './SampleDataSection';
import { SnapshotsSection } from './SnapshotsSection';
import { StorageSection } from './StorageSection';

export function SettingsRoute() {
  return (
    <div className="page">
      <h1>Settings</h1>
      <StorageSection />
      <BackupSection />
      <LockSection />
      <SnapshotsSection />
      <ReportsSection />
      <SampleDataSection />
    </div>
  );
}
