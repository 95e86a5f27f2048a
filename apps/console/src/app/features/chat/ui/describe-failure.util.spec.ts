import { describeFailure } from './describe-failure.util';

describe('describeFailure', () => {
  it('says the connection was lost when the stream broke', () => {
    expect(describeFailure({ failure: { kind: 'broken', message: 'network error' } }).key).toBe('chat.error.broken');
  });

  it('says MedLocal is restarting for SHUTTING_DOWN, not that the conversation expired', () => {
    expect(describeFailure({ failure: { kind: 'request', status: 503, code: 'SHUTTING_DOWN', message: null } }).key).toBe('chat.failure.restarting');
    expect(describeFailure({ failure: { kind: 'server', status: 503, code: 'SHUTTING_DOWN', message: null } }).key).toBe('chat.failure.restarting');
  });

  it('names a withdrawn answer, a busy queue and a model failure by their codes', () => {
    expect(describeFailure({ failure: { kind: 'server', status: 503, code: 'AUDIT_UNAVAILABLE', message: null } }).key).toBe('chat.failure.audit');
    expect(describeFailure({ failure: { kind: 'request', status: 503, code: 'QUEUE_FULL', message: null } }).key).toBe('chat.failure.busy');
    expect(describeFailure({ failure: { kind: 'server', status: 500, code: 'GENERATION_FAILED', message: null } }).key).toBe('chat.failure.model');
  });

  it('asks to shorten a question too long for the context, whichever check refused it', () => {
    expect(describeFailure({ failure: { kind: 'server', status: 413, code: 'CONTEXT_TOO_SMALL', message: null } }).key).toBe('chat.failure.tooLong');
    expect(describeFailure({ failure: { kind: 'request', status: 413, code: 'CONTEXT_TOO_SMALL', message: null } }).key).toBe('chat.failure.tooLong');
  });

  it('says MedLocal cannot be reached when the balancer in front of it has no instance to send the question to', () => {
    for (const status of [502, 503, 504]) {
      expect(describeFailure({ failure: { kind: 'request', status, code: 'MEDLOCAL_UNREACHABLE', message: null } }).key).toBe('chat.failure.unreachable');
    }
  });

  it('says the conversation expired only for a 404 without a more specific code', () => {
    expect(describeFailure({ failure: { kind: 'request', status: 404, code: 'CONVERSATION_NOT_FOUND', message: null } }).key).toBe('chat.error.expired');
  });

  it('falls back to the status for codes it does not know', () => {
    expect(describeFailure({ failure: { kind: 'server', status: 500, code: 'SOMETHING_NEW', message: null } })).toEqual({
      key: 'chat.error.server',
      params: { status: 500 },
    });
    expect(describeFailure({ failure: { kind: 'request', status: 413, code: null, message: null } })).toEqual({
      key: 'chat.error.request',
      params: { status: 413 },
    });
  });
});
