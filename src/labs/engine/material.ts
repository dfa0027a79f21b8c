/**
 * The labs' throw-away keys, copied from the project's public test vectors (lab-keys.json). The
 * servers' public keys and secrets are here because the simulated servers need them; the only private
 * key shipped is the attacker's, which the student signs forgeries with. Never use these elsewhere.
 */

/** The HS256 secret of the lab server (base64url, 32 random bytes): the student never sees it. */
export const SERVER_SECRET_B64URL = '8iQvW5h9_T5VxRSflZ8n4tXH7YF_fk1fXBFnDhqPlps';

/** The weak secret of the weak-secret lab (PortSwigger's lab uses the same word). */
export const WEAK_SECRET = 'secret1';

/** The key the weak-secret server is rotated to in its safe setting: 32 bytes from a CSPRNG. */
export const ROTATED_SECRET_B64URL = 'vB3XaHjIEak7RyCv-A8iYwkwOvVAPXjPn-OKkiF6noU';

/** A retired key that the kid labs' key set also holds, so kid really picks among keys. */
export const RETIRED_SECRET_B64URL = '4TbGcHbp2N_SOAVVVZ8jZknPe4ExXoRbQ6APUiUWql4';

/** The key stored in the SQL lab's key table, used as UTF-8 text like many apps do. */
export const SQL_TABLE_SECRET = 'a5oweU_GaCNaysdgjRhtwgpxg_EeGHeiEfQuDykQ-F8';

/** The server's RSA public key (kid server-rsa-1). */
export const SERVER_RSA_PUBLIC_JWK = {
  kty: 'RSA',
  n: '2OKYdRR5KHE1hVC8BKKNk-zrIg47R3DvCKVR8y0TiCKd7JDHXJyxBW2rQgTotrEJbANK_JWTCPZ8IEOLIZFNger_bxVRdkwnXLPC8IzvxXJZoHH-s6feL1zi7DRWj1l7-pw3F4Oweuxl5W9_zbv4unewNMcFcbc1gKrwOmpwyVCMd0TvMLSpTpnE4vqYRJ3plm0fqB22Tdvcz9G_ptUrPYW1kYhnTNdJQORphPyHwYLRMNwxAXTkxPGbbddsLq8fXLedJEEQjagL8L4bw75RSM5ixmGB6eKD8VuOmdVTj8YHs-c3ce_VvgXHbZepVAmh0WezWtt0A3XxwljDR7Ewtw',
  e: 'AQAB',
  kid: 'server-rsa-1',
} as const;

/**
 * The same public key as SPKI PEM, exactly as the server publishes it, trailing newline included:
 * the algorithm-confusion attack HMACs with these very bytes.
 */
export const SERVER_RSA_PUBLIC_PEM =
  '-----BEGIN PUBLIC KEY-----\n' +
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2OKYdRR5KHE1hVC8BKKN\n' +
  'k+zrIg47R3DvCKVR8y0TiCKd7JDHXJyxBW2rQgTotrEJbANK/JWTCPZ8IEOLIZFN\n' +
  'ger/bxVRdkwnXLPC8IzvxXJZoHH+s6feL1zi7DRWj1l7+pw3F4Oweuxl5W9/zbv4\n' +
  'unewNMcFcbc1gKrwOmpwyVCMd0TvMLSpTpnE4vqYRJ3plm0fqB22Tdvcz9G/ptUr\n' +
  'PYW1kYhnTNdJQORphPyHwYLRMNwxAXTkxPGbbddsLq8fXLedJEEQjagL8L4bw75R\n' +
  'SM5ixmGB6eKD8VuOmdVTj8YHs+c3ce/VvgXHbZepVAmh0WezWtt0A3XxwljDR7Ew\n' +
  'twIDAQAB\n' +
  '-----END PUBLIC KEY-----\n';

/** The server's P-256 public key (kid server-p256). */
export const SERVER_P256_PUBLIC_JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: '74QDKUctlEsGJeQeKA7K2oJT9ftNex9kihYgJ7Hsoao',
  y: '8Ufx66Zc6Mu-LdBW1vBz4RM9s7e81TN230Heba_lOM0',
  kid: 'server-p256',
} as const;

/** The attacker's RSA key pair (kid attacker-rsa): the student's own key in the toolbox. */
export const ATTACKER_RSA_PRIVATE_JWK = {
  kty: 'RSA',
  n: 'w34ayFbOLqhFVZEpwLsydYtifX9PHjkdkk8MaoSrak3EaLnF09f2IjnF8SEvaHx0pPR20qdNRP3wQf3IXNqoJLm-PyIsQNlzEgSE_9TgXU485j8gEgOtUnNa33MhCa2HI7iTCQLXs5aNelrLnnlnu5Ru0SCcAURyVN7MLITxYS82P4CvF1U7iWkvtpN1rT2a5OyBeiKeNv9uxqry1vky5sypOvzhbljMhcG-K42rDhxabs6GFbvLzOUbyL_FLv_l-RgnyEpe5qYodnYdoymmpOGj2JQ63D1f5tNVsLNpZfv1DdAjyIg2_Zj9tNwmZfpReQpbNHNAez-2hKSwu_7E-Q',
  e: 'AQAB',
  d: 'MCk1jOyBwBHZfvKTwDT-AeJUYcmG4tG8XMqXqvhDSJ2fCRPXTlDShO0JvFVqGgorLGZDjbMEwL30vjU48tM1gFK4MVKIZ3OKu0Icx_AYVDRNoYWkr3tzbDAaD5mL5pf3BpBWvO4T2Nz6vs12g3SyXw563I91j4RezFTVJRSdaMzrvSAqebEB5T6Igqezat4T3XIdnlrIC_dbkKGnRnH7JS_HBQ1xZbakYvj-48jMBDgSHfrGhr3e6882HIX6k6P0oipjYzzSIQBtTqkJZKHsc0aLdU7ZK43iIl5j_0Jlhs0eclOd_C0zzc5M3FZSy40SjDSA_Erhr3oWNYQIEVCk2Q',
  p: '8Syfmv9iILbI6QtEm1hCiwMz7EoncJDADfRy2ufOceu4NEM8DINBvfeDz4YwL2pt_I87Gg5IHVdPjnEc1PA_ReshVePxAK1qzSGLiyO5W2cOkOn8wWzBOm_fh4jgarSCievAC3vLQjQDDWH2Zth-gA3zzYRhuCn3oOV9M52opzU',
  q: 'z4KVvO2xtMNJZeTqsMfdM60EQOwUio9--bH0_kES9fPPrdZci2R3NnyWna6G4LI2KphIK5Mw1rbgVlnEhPyR3LFz_B0wWefZ3Mb0Kgdz5FF6VUyANNAmKERjRhYnkrxfc1762eL6FKZJ_J4pfXe3OmtFBhmbXAbLakpEL7qNazU',
  dp: 'sDNi9HILNk104daKrFhCXZ_capEO2Y3X0xo6Y7aiPNb0ALLyh03KVUklsxOd1raSXsgibPnsNAubIz1-zBAumh2cgE0FwfHxKqeMdP6HqMDVgoiBUqvrTI95p2MYWr1A9hUYfQtXyCmJ5VgiFqerXFFVQ1yprEx1D8c6vuA73NU',
  dq: 'nuKZzGMjYgj1NjOlD165HEwpqZwZzk45Ju7_a35gCjp4ld5AVerC7NFQccOkOn-5wbt_5v14s66q7vMk6b6J4LVu3WdsEirYQZeEdHnoXrWUOaOttsJ5tPNIH-3utwfM_gWHhTWpzg3VMLvZgNwdS3m_DACnWDtLnULoGrN4fNE',
  qi: 'bjduIvuMGAxezggeTqmXF0TLn63WJHsiQ6k0O3DuSD-t1wvT8G_hzSFrubx_2XdXi5lDuP7rUmXbLJCoPSKwQaSfsr_efHWVgukDZTMgWP2DE7LR02AATQX6VnO6oA2gQfujNmx9WtAgNS_-7j7VOP_Qnr1oxNKvZFFEQNQqbdU',
  kid: 'attacker-rsa',
} as const;

/** The attacker's public key alone, as it goes into a "jwk" header or a JWK Set. */
export const ATTACKER_RSA_PUBLIC_JWK = {
  kty: 'RSA',
  n: ATTACKER_RSA_PRIVATE_JWK.n,
  e: 'AQAB',
  kid: 'attacker-rsa',
} as const;

/** The attacker's public key as SPKI PEM (what an x5u URL of theirs serves). */
export const ATTACKER_RSA_PUBLIC_PEM =
  '-----BEGIN PUBLIC KEY-----\n' +
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAw34ayFbOLqhFVZEpwLsy\n' +
  'dYtifX9PHjkdkk8MaoSrak3EaLnF09f2IjnF8SEvaHx0pPR20qdNRP3wQf3IXNqo\n' +
  'JLm+PyIsQNlzEgSE/9TgXU485j8gEgOtUnNa33MhCa2HI7iTCQLXs5aNelrLnnln\n' +
  'u5Ru0SCcAURyVN7MLITxYS82P4CvF1U7iWkvtpN1rT2a5OyBeiKeNv9uxqry1vky\n' +
  '5sypOvzhbljMhcG+K42rDhxabs6GFbvLzOUbyL/FLv/l+RgnyEpe5qYodnYdoymm\n' +
  'pOGj2JQ63D1f5tNVsLNpZfv1DdAjyIg2/Zj9tNwmZfpReQpbNHNAez+2hKSwu/7E\n' +
  '+QIDAQAB\n' +
  '-----END PUBLIC KEY-----\n';

/** Where the attacker serves a self-signed certificate for that key (the x5u variant of the jku lab). */
export const ATTACKER_X5U = 'https://attacker.example/cert.pem';

/** The URL where the attacker publishes a JWK Set with their public key (the simulated exploit host). */
export const ATTACKER_JKU = 'https://attacker.example/.well-known/jwks.json';

/** The URL where the real server publishes its keys. */
export const SERVER_JKU = 'https://api.example.com/.well-known/jwks.json';

/** The certificate the attacker serves at ATTACKER_X5U: self-signed for attacker.example, their key. */
export const ATTACKER_CERT = {
  commonName: 'attacker.example',
  /** 2026-01-01T00:00:00Z to 2036-01-01T00:00:00Z. */
  notBefore: 1767225600,
  notAfter: 2082758400,
  serial: '4a5750206c616273',
} as const;

/**
 * ATTACKER_CERT made into a real certificate by x509.ts (RSASSA-PKCS1-v1_5 is deterministic, so a
 * test builds it again and compares): what https://attacker.example/cert.pem serves.
 */
export const ATTACKER_CERT_PEM =
  '-----BEGIN CERTIFICATE-----\n' +
  'MIIC4jCCAcqgAwIBAgIISldQIGxhYnMwDQYJKoZIhvcNAQELBQAwGzEZMBcGA1UE\n' +
  'AwwQYXR0YWNrZXIuZXhhbXBsZTAeFw0yNjAxMDEwMDAwMDBaFw0zNjAxMDEwMDAw\n' +
  'MDBaMBsxGTAXBgNVBAMMEGF0dGFja2VyLmV4YW1wbGUwggEiMA0GCSqGSIb3DQEB\n' +
  'AQUAA4IBDwAwggEKAoIBAQDDfhrIVs4uqEVVkSnAuzJ1i2J9f08eOR2STwxqhKtq\n' +
  'TcRoucXT1/YiOcXxIS9ofHSk9HbSp01E/fBB/chc2qgkub4/IixA2XMSBIT/1OBd\n' +
  'TjzmPyASA61Sc1rfcyEJrYcjuJMJAtezlo16WsueeWe7lG7RIJwBRHJU3swshPFh\n' +
  'LzY/gK8XVTuJaS+2k3WtPZrk7IF6Ip42/27GqvLW+TLmzKk6/OFuWMyFwb4rjasO\n' +
  'HFpuzoYVu8vM5RvIv8Uu/+X5GCfISl7mpih2dh2jKaak4aPYlDrcPV/m01Wws2ll\n' +
  '+/UN0CPIiDb9mP203CZl+lF5Cls0c0B7P7aEpLC7/sT5AgMBAAGjKjAoMAkGA1Ud\n' +
  'EwQCMAAwGwYDVR0RBBQwEoIQYXR0YWNrZXIuZXhhbXBsZTANBgkqhkiG9w0BAQsF\n' +
  'AAOCAQEAbgsFZkIBd/k7mG1Y39zlDTNJU7fCWd8cXNv7oF6e7GZw8J5Suyfo/++n\n' +
  'VM/bQ8QPzbI5F0+BwzjeP817FvLE5FcnUQWghqiYT3WfMeJ9KZLKxyBDSWBtEwqQ\n' +
  'UGVJcwmDgd5zwa9bHtYeo1myBve9p01C1iPDWIL5+8pLKNeSbT1EnqEZ+G95ATSz\n' +
  'Zy9pGSX4FquV5DBeyWKBgU0iUezExH69ZM0Qo+ay34FtSYJYj3KFqiosFOP6JPuE\n' +
  'iCwfBnVimtUODF6u3KKCOgxxLOkoSxn7YOM2PdLZFV7UJV+v4KwrUxg0ZF2s3zmS\n' +
  'Yze6ELakDOII4z/BvECR1xRPQDQq2A==\n' +
  '-----END CERTIFICATE-----\n';
