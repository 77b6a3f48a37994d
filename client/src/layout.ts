/** Page layout constants shared by the explorer and the snapshot page; they match phone.css. */

/** Up to this width side panels are sheets over the bottom of the graph (phone.css's breakpoint). */
export const NARROW = '(max-width: 760px)';
/** Share of the window's height a panel shown as a sheet takes (phone.css: 48vh). */
export const SHEET_SHARE = 0.48;
