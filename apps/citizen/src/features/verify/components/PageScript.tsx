import { BROWSER_WORDS_ID } from "../scripts.ts";

/**
 * A verify page's script and the words it needs: a JSON data block (never executed, so the
 * policy has nothing to allow for it) and the page's own module from public/scripts.
 */
export function PageScript({ src, wordsJson }: { src: string; wordsJson: string }) {
  return (
    <>
      <script
        type="application/json"
        id={BROWSER_WORDS_ID}
        dangerouslySetInnerHTML={{ __html: wordsJson }}
      />
      <script type="module" src={src} />
    </>
  );
}
