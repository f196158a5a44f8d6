import { useSearchParams } from 'react-router';
import { TabPanel, Tabs } from '../../ui/Tabs';
import { PlansPanel } from './plans/PlansPanel';
import { PromptsPanel } from './prompts/PromptsPanel';

const TABS = [
  { id: 'prompts', label: 'Prompts' },
  { id: 'plans', label: 'Plans' },
] as const;

/** The prompt library and the huddle plans. The open tab is kept in the address (?tab=plans). */
export function LibraryRoute() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'plans' ? 'plans' : 'prompts';
  return (
    <div className="page">
      <h1>Library</h1>
      <p className="lead">
        The questions huddles ask, and the running orders that ask them. Add your own beside the
        built-in ones.
      </p>
      <Tabs
        label="Library"
        idBase="library"
        items={TABS}
        selected={tab}
        onSelect={(id) => setParams(id === 'plans' ? { tab: 'plans' } : {}, { replace: true })}
      />
      <TabPanel idBase="library" id={tab}>
        {tab === 'prompts' ? <PromptsPanel /> : <PlansPanel />}
      </TabPanel>
    </div>
  );
}
