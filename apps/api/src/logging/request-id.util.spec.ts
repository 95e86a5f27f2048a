import { newRequestId } from './request-id.util';

describe(newRequestId.name, () => {
  it('is a UUIDv7 carrying the time, and never repeats', () => {
    const at = Date.UTC(2026, 10, 28, 9, 30);
    const id = newRequestId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    const many = new Set(Array.from({ length: 10_000 }, () => newRequestId(at)));
    expect(many.size).toBe(10_000);
  });
});
