// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { VendorSaved } from '../../../components/VendorSaved';
import { setUiLang } from '../../../lib/i18n';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

describe('the popup’s "saved under vendor" panel', () => {
  it('names the vendor, counts its pages and opens the dashboard', () => {
    const open = vi.fn();
    render(<VendorSaved outcome={{ status: 'saved', vendorId: 'safespring.com', vendorName: 'safespring.com', pageCount: 2, changes: [], textChanged: false }} onOpenDashboard={open} />);
    expect(screen.getByText('Saved under vendor safespring.com.')).toBeTruthy();
    expect(screen.getByText('Pages of this vendor analysed: 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open dashboard' }));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('lists the claims that changed since the last analysis of the page', () => {
    render(
      <VendorSaved
        outcome={{
          status: 'saved', vendorId: 'nomp.se', vendorName: 'nomp.se', pageCount: 1, textChanged: true,
          previousAnalyzedAt: '2025-01-05T10:00:00.000Z',
          changes: [
            { claim: 'data_location', from: 'eu_eea', to: 'mixed', detailsAdded: ['USA'], detailsRemoved: [] },
            { claim: 'certifications', from: 'certified', to: 'certified', detailsAdded: [], detailsRemoved: ['ISO 27701'] },
          ],
        }}
        onOpenDashboard={() => {}}
      />,
    );
    expect(screen.getByText('Changed since the last analysis (2025-01-05):')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Where data is stored: In the EU/EEA → Partly outside the EU/EEA; added: USA',
      'Certifications: still Certified; removed: ISO 27701',
    ]);
  });

  it('says when the page is unchanged, or changed without changing any answer', () => {
    const base = { status: 'saved' as const, vendorId: 'x.se', vendorName: 'x.se', pageCount: 1, changes: [], previousAnalyzedAt: '2025-02-01T00:00:00.000Z' };
    const { rerender } = render(<VendorSaved outcome={{ ...base, textChanged: false }} onOpenDashboard={() => {}} />);
    expect(screen.getByText('The page text is the same as at the last analysis (2025-02-01).')).toBeTruthy();
    rerender(<VendorSaved outcome={{ ...base, textChanged: true }} onOpenDashboard={() => {}} />);
    expect(screen.getByText(/changed since the last analysis \(2025-02-01\), but none of the twelve answers did/)).toBeTruthy();
  });

  it('shows a failed save as an alert, with the store’s message, and still offers the dashboard', () => {
    render(<VendorSaved outcome={{ status: 'failed', message: 'Could not save deskhero.se: the extension’s storage is full.' }} onOpenDashboard={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Not saved to your vendor list');
    expect(alert.textContent).toContain('storage is full');
    expect(screen.getByRole('button', { name: 'Open dashboard' })).toBeTruthy();
  });

  it('warns when storage is nearly full, suggesting a JSON export', () => {
    render(<VendorSaved outcome={{ status: 'saved', vendorId: 'x.se', vendorName: 'x.se', pageCount: 1, changes: [], textChanged: false, storageBytes: 9 * 1024 * 1024 }} onOpenDashboard={() => {}} />);
    expect(screen.getByRole('note').textContent).toMatch(/nearly full \(9\.0 MB of 10 MB\).*JSON/);
  });

  it('shows nothing for a page that is not kept (no web address), and a status while saving', () => {
    const { container, rerender } = render(<VendorSaved outcome={{ status: 'skipped' }} onOpenDashboard={() => {}} />);
    expect(container.textContent).toBe('');
    rerender(<VendorSaved outcome={null} onOpenDashboard={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Saving to your vendor list…');
  });

  it('speaks the UI language', () => {
    setUiLang('sv');
    render(<VendorSaved outcome={{ status: 'saved', vendorId: 'x.se', vendorName: 'x.se', pageCount: 3, changes: [], textChanged: false }} onOpenDashboard={() => {}} />);
    expect(screen.getByText('Analyserade sidor för den här leverantören: 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Öppna översikten' })).toBeTruthy();
  });
});
