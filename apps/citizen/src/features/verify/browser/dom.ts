/** The few DOM helpers the verify scripts need (no framework: the scripts stay small). */

type Child = Node | string | null | false;

/** An element with attributes and children; text is always set as text, never as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}

/** An element the page is known to hold; a missing one is a bug in the page. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** Replaces what `container` shows. */
export function show(container: HTMLElement, ...children: Child[]): void {
  container.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
}
