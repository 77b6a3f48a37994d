import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/config.js';

describe('extractor configuration', () => {
  it('defaults to the rule extractor with no model', () => {
    const c = loadConfig({ DATA_PATH: ':memory:' });
    expect(c.extractor).toBe('rules');
    expect(c.model).toBeUndefined();
  });

  it('reads a model endpoint with defaults, its cache beside the embedded database', () => {
    const c = loadConfig({ DATA_PATH: '/srv/app/graph.lbug', MODEL_BASE_URL: 'http://localhost:11434/v1', MODEL_NAME: 'qwen2.5:7b', EXTRACTOR: 'hybrid' });
    expect(c.extractor).toBe('hybrid');
    expect(c.model).toMatchObject({ baseUrl: 'http://localhost:11434/v1', name: 'qwen2.5:7b', retries: 3, concurrency: 2, tokenBudget: 0, structured: 'auto', cacheDir: '/srv/app/model-cache' });
  });

  it('refuses a model extractor without an endpoint, an unknown extractor and bad model settings, naming the key', () => {
    expect(() => loadConfig({ EXTRACTOR: 'model' })).toThrow(/EXTRACTOR=model needs MODEL_BASE_URL and MODEL_NAME/);
    expect(() => loadConfig({ EXTRACTOR: 'magic' })).toThrow(ConfigError);
    const m = { MODEL_BASE_URL: 'http://h/v1', MODEL_NAME: 'x' };
    expect(() => loadConfig({ ...m, MODEL_BASE_URL: 'localhost:11434' })).toThrow(/MODEL_BASE_URL/);
    expect(() => loadConfig({ ...m, MODEL_CONCURRENCY: '0' })).toThrow(/MODEL_CONCURRENCY/);
    expect(() => loadConfig({ ...m, MODEL_STRUCTURED_OUTPUT: 'maybe' })).toThrow(/MODEL_STRUCTURED_OUTPUT/);
  });
});
