/** Whether the tests run in CI (`CI=1` or `CI=true`, as .ci/run and most CI services set it): there, missing parts fail. */
export const inCi = ['1', 'true'].includes(String(process.env.CI).toLowerCase());
