// What BaseLayout gets of the kommun's frame: the logo's address under the
// site's base path, the links as written, and nothing at all without a frame.
import { describe, expect, it } from 'vitest';
import { kommunFrameView, layoutProps } from '../../src/lib/pages/layout';
import { makeHref } from '../../src/lib/pages/paths';
import { kommunFrameSchema } from '../../src/schemas/kommun-frame';
import { model } from './support/model-builder';

const frame = kommunFrameSchema.parse({
  homeUrl: 'https://www.kommun.example/',
  logo: { file: 'assets/Logotyp.PNG', alt: 'Kommunen, startsida' },
  headerLinks: [{ text: 'Omsorg', url: 'https://www.kommun.example/omsorg/' }],
  footer: { phone: '08-123 456 00', links: [{ text: 'Ring', url: 'tel:+46812345600' }] },
});

describe('kommunFrameView', () => {
  it('publishes the logo as kommun/logotyp.<ext>, under the base path when linked', () => {
    const view = kommunFrameView(frame);
    expect(view.logo).toEqual({ path: 'kommun/logotyp.png', alt: 'Kommunen, startsida' });
    expect(makeHref('/kundval/')(view.logo.path)).toBe('/kundval/kommun/logotyp.png');
  });

  it('keeps the links and the footer as written, with defaults for what is not set', () => {
    expect(kommunFrameView(frame)).toEqual({
      homeUrl: 'https://www.kommun.example/',
      logo: { path: 'kommun/logotyp.png', alt: 'Kommunen, startsida' },
      headerLinks: [{ text: 'Omsorg', url: 'https://www.kommun.example/omsorg/' }],
      footer: { phone: '08-123 456 00', links: [{ text: 'Ring', url: 'tel:+46812345600' }] },
    });
  });
});

describe('layoutProps', () => {
  it('has no kommun frame when site.yaml has none', () => {
    expect(layoutProps(model())).not.toHaveProperty('kommunFrame');
  });
  it('has the frame when site.yaml has one', () => {
    const m = model();
    expect(layoutProps({ site: { ...m.site, kommunFrame: frame } }).kommunFrame?.logo.path).toBe('kommun/logotyp.png');
  });
});
