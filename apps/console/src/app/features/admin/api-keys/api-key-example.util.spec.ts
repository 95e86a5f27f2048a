import { apiKeyExample } from './api-key-example.util';

describe(apiKeyExample.name, () => {
  it('calls the OpenAI-compatible /v1 API for an inference key, reading the key from the environment', () => {
    const sut = apiKeyExample({ scope: 'inference', origin: 'https://medlocal.hospital.local' });

    expect(sut).toContain('curl -sS https://medlocal.hospital.local/v1/chat/completions');
    expect(sut).toContain('-H "Authorization: Bearer $MEDLOCAL_KEY"');
    expect(JSON.parse(/-d '(.*)'$/m.exec(sut)?.[1] ?? 'null')).toEqual({ messages: [{ role: 'user', content: expect.any(String) }] });
    expect(sut).not.toContain('/api/batches');
  });

  it('uploads a CSV to the batch endpoints for a batches key, and calls nothing else', () => {
    const sut = apiKeyExample({ scope: 'batches', origin: 'http://127.0.0.1:6006' });

    expect(sut).toContain('curl -sS http://127.0.0.1:6006/api/batches \\');
    expect(sut).toContain('-F textColumn=text -F format=csv -F file=@notes.csv');
    const urls = [...sut.matchAll(/http:\/\/127\.0\.0\.1:6006(\S+)/g)].map((match) => match[1]);
    expect(urls.every((path) => path.startsWith('/api/batches'))).toBe(true);
    expect(sut).not.toContain('/v1/');
  });
});
