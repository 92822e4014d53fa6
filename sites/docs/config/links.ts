// How the docs check their links, shared with the test that proves a broken link fails the build.
import { galleryPageExists } from '../generate/gallery.ts';

/** Every internal link must lead to a page or a heading; a failure fails the build. */
export const linksValidatorOptions: { exclude: (link: { link: string }) => boolean; failOnError: true } = {
  // The gallery is built by the CLI, not by Starlight: a link into it is valid when the page
  // exists in the built example site.
  exclude: ({ link }: { link: string }) => link.startsWith('/gallery/') && galleryPageExists(link),
  failOnError: true,
};
