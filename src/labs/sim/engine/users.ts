/** The simulated app's accounts: what its server checks at login, what the scenarios type in. */

export interface User {
  password: string;
  role: string;
  groups?: string[];
}

/** bob belongs to many directory groups, and his token carries them all. */
const BOB_GROUPS = Array.from(
  { length: 150 },
  (_, i) => `project-${String(i + 1).padStart(3, '0')}-readers`,
);

export const USERS: Record<string, User> = {
  alice: { password: 'wonderland', role: 'user' },
  carol: { password: 'lighthouse', role: 'admin' },
  bob: { password: 'builder', role: 'user', groups: BOB_GROUPS },
};

/** alice's login, form-encoded as the browser posts it. */
export const LOGIN = `username=alice&password=${USERS.alice!.password}`;
