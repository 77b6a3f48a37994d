/** The product's mark and name, at the left of every page's header. */
export function Brand() {
  return (
    <div className="brand">
      <svg className="brand-mark" viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
        <path d="M9 16l14-8M9 16l14 8" stroke="#adb5bd" strokeWidth="2" />
        <circle cx="8" cy="16" r="5" fill="#d9480f" />
        <rect x="19" y="3" width="10" height="10" rx="2.5" fill="#4c6ef5" />
        <circle cx="24" cy="24" r="5" fill="#12b886" />
      </svg>
      <div>
        <h1>Supply Graph</h1>
        <p className="tagline">Who supplies whom, through whom, on what evidence</p>
      </div>
    </div>
  );
}
