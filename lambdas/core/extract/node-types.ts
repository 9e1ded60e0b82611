/** DOM node types, as numbers: core/ runs on linkedom and has no `Node` global to read them from. */
export const ELEMENT_NODE = 1;
export const ATTRIBUTE_NODE = 2;
export const TEXT_NODE = 3;
/** Text too: CDATA sections hold character data the way text nodes do (`textContent` reads both). */
export const CDATA_SECTION_NODE = 4;
