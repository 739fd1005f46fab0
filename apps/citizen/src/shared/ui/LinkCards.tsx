/** A page's ways on: each a card with a title, a line about it, and a test handle. */
export function LinkCards(props: {
  links: readonly { href: string; title: string; text?: string; testId?: string }[];
}) {
  return (
    <ul className="link-cards">
      {props.links.map((link) => (
        <li key={link.href}>
          <a className="card link-card" href={link.href} data-testid={link.testId}>
            <span className="link-card-title">{link.title}</span>
            {link.text && <span>{link.text}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
