import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { employees } from './employees.tables';

/** A list's filters and sort saved under a name by an employee ("To ship this week"). */
export const savedViews = pgTable(
  'saved_views',
  {
    id: text().primaryKey(),
    employeeId: text()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    /** Which list: `orders` (others may follow). */
    list: text().notNull(),
    name: text().notNull(),
    /** The list's query string, as in the back-office address (`status=confirmed&sort=-placedAt`). */
    query: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('saved_views_name_unique').on(table.employeeId, table.list, table.name),
    index('saved_views_employee_idx').on(table.employeeId, table.list),
  ],
);

export type SavedViewRow = typeof savedViews.$inferSelect;
