// Public surface: the elements are added here by their component units.

export type { WidgetState } from './_lib/CwDataElement';
export { CwEventCard } from './event-card';
export { CwEventList } from './event-list';
export { CwErrorEvent } from './events/cw-error';
export { CwItemActivateEvent } from './events/cw-item-activate';
export { CwLoadEvent } from './events/cw-load';
export { CwPostCard } from './post-card';
export { CwPostList } from './post-list';
export { CwSeriesNav } from './series-nav';
