import { useCallback, useId, useState } from 'react';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import type { AdminMenu, MenuKey } from '../api/get-navigation';
import { useLeaveGuard } from '../use-draft-form';
import { MenuEditor } from './menu-editor';
import './content.css';

const menuTitles: Record<MenuKey, string> = { header: 'Header menu', footer: 'Footer menu' };
const menuOrder: MenuKey[] = ['header', 'footer'];

export interface NavigationEditorProps {
  menus: readonly AdminMenu[];
  onReload: () => void;
}

/** The header and footer menus as two tabs; each keeps its edits while the other is shown. */
export function NavigationEditor({ menus, onReload }: NavigationEditorProps) {
  const [tab, setTab] = useState<MenuKey>('header');
  const [dirty, setDirty] = useState<Record<MenuKey, boolean>>({ header: false, footer: false });
  const guard = useLeaveGuard(dirty.header || dirty.footer, false);
  const tabsId = useId();
  const onHeaderDirty = useCallback((value: boolean) => setDirty((d) => ({ ...d, header: value })), []);
  const onFooterDirty = useCallback((value: boolean) => setDirty((d) => ({ ...d, footer: value })), []);
  const available = menuOrder.filter((key) => menus.some((menu) => menu.key === key));

  return (
    <div className="ad-content-tabs">
      <div role="tablist" aria-label="Menus" className="ad-content-tabs__list">
        {available.map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${tabsId}-${key}`}
            aria-selected={tab === key}
            aria-controls={`${tabsId}-${key}-panel`}
            tabIndex={tab === key ? 0 : -1}
            className="ad-content-tabs__tab"
            onClick={() => setTab(key)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              event.preventDefault();
              const next = key === 'header' ? 'footer' : 'header';
              setTab(next);
              document.getElementById(`${tabsId}-${next}`)?.focus();
            }}
          >
            {menuTitles[key]}
            {dirty[key] ? <span className="ad-content-tabs__dot"> (unsaved)</span> : null}
          </button>
        ))}
      </div>
      {available.map((key) => {
        const menu = menus.find((entry) => entry.key === key) as AdminMenu;
        return (
          <div
            key={key}
            role="tabpanel"
            id={`${tabsId}-${key}-panel`}
            aria-labelledby={`${tabsId}-${key}`}
            hidden={tab !== key}
            className="ad-content-tabs__panel"
          >
            <MenuEditor
              menu={menu}
              title={menuTitles[key]}
              onReload={onReload}
              onDirtyChange={key === 'header' ? onHeaderDirty : onFooterDirty}
            />
          </div>
        );
      })}
      <UnsavedChangesDialog blocker={guard.blocker}>
        <p>Your menu changes are not saved. If you leave now, they are lost.</p>
      </UnsavedChangesDialog>
    </div>
  );
}
