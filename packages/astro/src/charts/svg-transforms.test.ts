import { describe, expect, it } from 'vitest';
import { labelSvg } from './label-svg.ts';
import { namespaceIds } from './namespace-ids.ts';
import { escapeXml, mapStartTags } from './svg-tags.ts';
import { themeSvg } from './theme-svg.ts';

const colors = { '#4c78a8': 'var(--jk-chart-1, #4c78a8)', '#1f2937': 'var(--jk-chart-text, currentColor)' };

describe('mapStartTags', () => {
  it('rewrites start tags and leaves text, end tags and self-closing slashes alone', () => {
    const svg = '<svg a="1"><text x="0">a &lt;b&gt; "c"</text><rect fill="red"/></svg>';
    const upper = mapStartTags(svg, (tag) => ({ ...tag, attributes: tag.attributes.map(([name, value]) => [name.toUpperCase(), value]) }));
    expect(upper).toBe('<svg A="1"><text X="0">a &lt;b&gt; "c"</text><rect FILL="red"/></svg>');
  });

  it('escapes text for attributes and text nodes', () => {
    expect(escapeXml('Sales & "CS" <3')).toBe('Sales &amp; &quot;CS&quot; &lt;3');
  });
});

describe('themeSvg', () => {
  it('moves placeholder fills and strokes into the style attribute, whatever their case', () => {
    expect(themeSvg('<path fill="#4C78A8" stroke="#1f2937" stroke-width="2"/>', colors)).toBe(
      '<path stroke-width="2" style="fill: var(--jk-chart-1, #4c78a8); stroke: var(--jk-chart-text, currentColor)"/>',
    );
  });

  it('themes gradient stops and leaves the tag open or self-closing as written', () => {
    expect(themeSvg('<stop offset="0" stop-color="#4c78a8"/><g fill="#1f2937"><text x="1">A</text></g>', colors)).toBe(
      '<stop offset="0" style="stop-color: var(--jk-chart-1, #4c78a8)"/><g style="fill: var(--jk-chart-text, currentColor)"><text x="1">A</text></g>',
    );
  });

  it('extends an existing style attribute instead of adding a second one', () => {
    expect(themeSvg('<text style="white-space: pre;" fill="#1f2937">A</text>', colors)).toBe(
      '<text style="white-space: pre; fill: var(--jk-chart-text, currentColor)">A</text>',
    );
  });

  it('leaves other colours and elements without colours as they are', () => {
    const svg = '<g fill="none"><rect fill="#ff0000" stroke="url(#g1)" data-fill="#4c78a8"/><path stroke="#4c78a8cc"/></g>';
    expect(themeSvg(svg, colors)).toBe(svg);
  });
});

describe('namespaceIds', () => {
  it('renames ids and their references in order of first use', () => {
    const svg = '<g clip-path="url(#clip7)"/><use href="#clip2"/><clipPath id="clip7"/><clipPath id="clip2"/>';
    expect(namespaceIds(svg, 'nps-svg')).toBe('<g clip-path="url(#nps-svg-1)"/><use href="#nps-svg-2"/><clipPath id="nps-svg-1"/><clipPath id="nps-svg-2"/>');
  });
});

describe('labelSvg', () => {
  it('gives the root an image role and points it at a title and a description', () => {
    const svg = labelSvg('<svg width="10" aria-label="old"><g/></svg>', { id: 'nps', title: 'NPS & CSAT', description: 'Mostly <promoters>.' });
    expect(svg).toBe(
      '<svg width="10" role="img" aria-labelledby="nps-svg-title" aria-describedby="nps-svg-desc">' +
        '<title id="nps-svg-title">NPS &amp; CSAT</title><desc id="nps-svg-desc">Mostly &lt;promoters&gt;.</desc><g/></svg>',
    );
  });
});
