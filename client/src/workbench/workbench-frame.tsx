/** The frame of the workbench pages (articles, add documents): the header with the page tabs, then the page's content. */
import type { ReactNode } from 'react';
import { Brand } from '../components/brand.js';
import { PageTabs } from '../components/page-tabs.js';

export function WorkbenchFrame({ current, children }: { current: 'articles' | 'documents'; children: ReactNode }) {
  return (
    <div className="app workbench-page">
      <header className="app-header">
        <Brand />
        <PageTabs current={current} />
      </header>
      <main className="workbench-main">{children}</main>
    </div>
  );
}
