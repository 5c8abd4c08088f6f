import { createContext, type ReactNode, useContext } from 'react';

/** A picker of one catalog item (a category or a product), by id. */
export interface SinglePickerProps {
  label: string;
  hint?: string;
  /** The chosen id; empty when none. */
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}

/** A picker of several catalog items, in the order chosen. */
export interface MultiPickerProps {
  label: string;
  hint?: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/**
 * The catalog pickers the content editors use. Categories and products belong to other features, so the route
 * that shows an editor provides them (features do not import each other); pages are this feature's own.
 */
export interface ContentPickers {
  category: (props: SinglePickerProps) => ReactNode;
  product: (props: SinglePickerProps) => ReactNode;
  categories: (props: MultiPickerProps) => ReactNode;
  products: (props: MultiPickerProps) => ReactNode;
}

const ContentPickersContext = createContext<ContentPickers | null>(null);

export function ContentPickersProvider({
  pickers,
  children,
}: {
  pickers: ContentPickers;
  children: ReactNode;
}) {
  return <ContentPickersContext.Provider value={pickers}>{children}</ContentPickersContext.Provider>;
}

export function useContentPickers(): ContentPickers {
  const pickers = useContext(ContentPickersContext);
  if (!pickers) throw new Error('useContentPickers needs a ContentPickersProvider (given by the route).');
  return pickers;
}
