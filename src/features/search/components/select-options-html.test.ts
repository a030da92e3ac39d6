import { describe, expect, it } from 'vitest';
import { selectOptionsHtml } from './select-options-html';

describe('selectOptionsHtml', () => {
  it('marks the chosen option and escapes values and labels', () => {
    const html = selectOptionsHtml(
      [
        { value: '', label: 'Anyone' },
        { value: 'a"b', label: 'Smith & <Sons> (2)' },
      ],
      'a"b',
    );
    expect(html).toBe(
      '<option value="">Anyone</option><option value="a&quot;b" selected>Smith &amp; &lt;Sons&gt; (2)</option>',
    );
  });

  it('selects nothing when no option has the chosen value (the first shows)', () => {
    expect(
      selectOptionsHtml(
        [
          { value: '', label: 'Any year' },
          { value: '2024', label: '2024' },
        ],
        '',
      ),
    ).toBe('<option value="" selected>Any year</option><option value="2024">2024</option>');
    expect(selectOptionsHtml([{ value: '2024', label: '2024' }], '1999')).toBe('<option value="2024">2024</option>');
  });
});
