import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { notFoundPage } from './not-found-page.ts';
import { searchPage } from './search-page.ts';

describe('searchPage', () => {
  it("points at Pagefind's files and the indexes to browse without JavaScript, under the site's root", () => {
    expect(searchPage(pageSite({ root: '/sub/r/' }))).toEqual({ bundle: '/sub/r/pagefind/', touchpointsHref: '/sub/r/touchpoints/', metricsHref: '/sub/r/metrics/', glossaryHref: '/sub/r/glossary/' });
  });
});

describe('notFoundPage', () => {
  it('offers the home page, and search when the site has it', () => {
    expect(notFoundPage(pageSite())).toEqual({ homeHref: '/r/', searchHref: '/r/search/' });
    expect(notFoundPage(pageSite({ search: false }))).toEqual({ homeHref: '/r/', searchHref: undefined });
  });
});
