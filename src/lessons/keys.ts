/**
 * Throw-away keys from the project's public test vectors (vectors/lab-keys.json), private parts
 * included on purpose: lessons sign with them in the browser. Test data only; never use elsewhere.
 */

/** The lab server's RSA key pair (server_rsa), private JWK. */
export const SERVER_RSA_PRIVATE = `{
  "kty": "RSA",
  "n": "2OKYdRR5KHE1hVC8BKKNk-zrIg47R3DvCKVR8y0TiCKd7JDHXJyxBW2rQgTotrEJbANK_JWTCPZ8IEOLIZFNger_bxVRdkwnXLPC8IzvxXJZoHH-s6feL1zi7DRWj1l7-pw3F4Oweuxl5W9_zbv4unewNMcFcbc1gKrwOmpwyVCMd0TvMLSpTpnE4vqYRJ3plm0fqB22Tdvcz9G_ptUrPYW1kYhnTNdJQORphPyHwYLRMNwxAXTkxPGbbddsLq8fXLedJEEQjagL8L4bw75RSM5ixmGB6eKD8VuOmdVTj8YHs-c3ce_VvgXHbZepVAmh0WezWtt0A3XxwljDR7Ewtw",
  "e": "AQAB",
  "d": "yeBoM2AjG6Y9Rjp0ZuVmqQQtTwAiqpIuJNWi26Vo7MFtric6TlLUTeJUCEt6hcjuD9NEG797gTbcbvOa2WVRERkg6zFOylWXSFYSM0KP6GU-FrYuDt0XAQSc58wAWdiu4TSBconv-7FsoLe8zVQWfKlDfS0bF5Ib-JoH_c2HukmZOWyi579FcWNQkBo-QfU1gR44p3F-HPB9NOra61REjKEujDkQZLmOw9ZgNzR12sojRGBYDDu3-V0sJwWJuSKPokllRDxKWJ2PxgzsdIWnC_eNBT7Tk9yqtfhj55I307sWKu3ml3oWeE_YslM-SfDzqtURJmORWEK92fh1fs-l",
  "p": "_y3MqzlpvZmWHX9fDQOnr9YxYcNMZNwhwrgLsyZuKOnq-mnxcj7DbJtNRHhKGrvNT9TQl_Qes7cSXvPwbuPq06eMbRiQXeaztyhENJojVzz8eZug0WXgCsKEyhQ83o7hdUMCkhrrb_EtdUsSJ4PIJXaB9VBV4PlvotlCJw1c4i0",
  "q": "2ZVAhMsEd-od2d9jsO5WEJw2qDF8lScUSGoRbbEsLcd6vjPo2c0ciVamWAHt_czxsAkubfbjjVZf_YsvWF3ZKMoP5NcgegVhfITjgStym-fdwMGByT8s9d85ANedhj9HSJEBBb6F-qLXnMCbxZbiBAwFaCUuKbs04M_9dhswgPM",
  "dp": "LuwqDXYyNnYOf4ATZ147sH6vd-2kl4tO_fI_3IJ9kTJqTf-7MSnPX6IzFBsWbVIJT9uvO7HdD2jjjOhIVuu8G41cqhbxPQMWGuDhodaSFxGUz3vJl5enGfNo3YvZIYeed6SJzXn7vwrXNBFI1lFKNXFUNlq-X-8eExDmNC4l3UU",
  "dq": "NlXNTNwd-4wddEES9iYum-tGwu3IvL6LlCHYxFnQPIZqIoF4DpvoGmvnEmc49X5uhJVmYNOcs7j0M67EXf7hsgvzuCP42j_pvly5K5KcBk76053_OTBrm-Loq0ss7U90D60WYkbX0mVEDsMSo18whe4yk3Vld8pmRBXsp8fWbv0",
  "qi": "5s9owKI9dVUTDJMzPrOQBaTHjKd6Jg_Vsrge2sw4dMcY7CQtFWMXWCPH3mbO-SiYaYY-wgjR3FGKQFnmMR0K_nSjOrPUCY3E71qO0RmHdgSP2QJCH_JcH_lQjKPXPz_yVGDzetRzWYUeyB8kOg_MJH72vAcmP3Ii1uIAhhYCVPY",
  "kid": "server-rsa-1"
}`;

/** The lab server's RSA public key, as a verifier holds it. */
export const SERVER_RSA_PUBLIC = `{
  "kty": "RSA",
  "kid": "server-rsa-1",
  "n": "2OKYdRR5KHE1hVC8BKKNk-zrIg47R3DvCKVR8y0TiCKd7JDHXJyxBW2rQgTotrEJbANK_JWTCPZ8IEOLIZFNger_bxVRdkwnXLPC8IzvxXJZoHH-s6feL1zi7DRWj1l7-pw3F4Oweuxl5W9_zbv4unewNMcFcbc1gKrwOmpwyVCMd0TvMLSpTpnE4vqYRJ3plm0fqB22Tdvcz9G_ptUrPYW1kYhnTNdJQORphPyHwYLRMNwxAXTkxPGbbddsLq8fXLedJEEQjagL8L4bw75RSM5ixmGB6eKD8VuOmdVTj8YHs-c3ce_VvgXHbZepVAmh0WezWtt0A3XxwljDR7Ewtw",
  "e": "AQAB"
}`;

/** The attacker's own RSA key pair (attacker_rsa), private JWK. */
export const ATTACKER_RSA_PRIVATE = `{
  "kty": "RSA",
  "n": "w34ayFbOLqhFVZEpwLsydYtifX9PHjkdkk8MaoSrak3EaLnF09f2IjnF8SEvaHx0pPR20qdNRP3wQf3IXNqoJLm-PyIsQNlzEgSE_9TgXU485j8gEgOtUnNa33MhCa2HI7iTCQLXs5aNelrLnnlnu5Ru0SCcAURyVN7MLITxYS82P4CvF1U7iWkvtpN1rT2a5OyBeiKeNv9uxqry1vky5sypOvzhbljMhcG-K42rDhxabs6GFbvLzOUbyL_FLv_l-RgnyEpe5qYodnYdoymmpOGj2JQ63D1f5tNVsLNpZfv1DdAjyIg2_Zj9tNwmZfpReQpbNHNAez-2hKSwu_7E-Q",
  "e": "AQAB",
  "d": "MCk1jOyBwBHZfvKTwDT-AeJUYcmG4tG8XMqXqvhDSJ2fCRPXTlDShO0JvFVqGgorLGZDjbMEwL30vjU48tM1gFK4MVKIZ3OKu0Icx_AYVDRNoYWkr3tzbDAaD5mL5pf3BpBWvO4T2Nz6vs12g3SyXw563I91j4RezFTVJRSdaMzrvSAqebEB5T6Igqezat4T3XIdnlrIC_dbkKGnRnH7JS_HBQ1xZbakYvj-48jMBDgSHfrGhr3e6882HIX6k6P0oipjYzzSIQBtTqkJZKHsc0aLdU7ZK43iIl5j_0Jlhs0eclOd_C0zzc5M3FZSy40SjDSA_Erhr3oWNYQIEVCk2Q",
  "p": "8Syfmv9iILbI6QtEm1hCiwMz7EoncJDADfRy2ufOceu4NEM8DINBvfeDz4YwL2pt_I87Gg5IHVdPjnEc1PA_ReshVePxAK1qzSGLiyO5W2cOkOn8wWzBOm_fh4jgarSCievAC3vLQjQDDWH2Zth-gA3zzYRhuCn3oOV9M52opzU",
  "q": "z4KVvO2xtMNJZeTqsMfdM60EQOwUio9--bH0_kES9fPPrdZci2R3NnyWna6G4LI2KphIK5Mw1rbgVlnEhPyR3LFz_B0wWefZ3Mb0Kgdz5FF6VUyANNAmKERjRhYnkrxfc1762eL6FKZJ_J4pfXe3OmtFBhmbXAbLakpEL7qNazU",
  "dp": "sDNi9HILNk104daKrFhCXZ_capEO2Y3X0xo6Y7aiPNb0ALLyh03KVUklsxOd1raSXsgibPnsNAubIz1-zBAumh2cgE0FwfHxKqeMdP6HqMDVgoiBUqvrTI95p2MYWr1A9hUYfQtXyCmJ5VgiFqerXFFVQ1yprEx1D8c6vuA73NU",
  "dq": "nuKZzGMjYgj1NjOlD165HEwpqZwZzk45Ju7_a35gCjp4ld5AVerC7NFQccOkOn-5wbt_5v14s66q7vMk6b6J4LVu3WdsEirYQZeEdHnoXrWUOaOttsJ5tPNIH-3utwfM_gWHhTWpzg3VMLvZgNwdS3m_DACnWDtLnULoGrN4fNE",
  "qi": "bjduIvuMGAxezggeTqmXF0TLn63WJHsiQ6k0O3DuSD-t1wvT8G_hzSFrubx_2XdXi5lDuP7rUmXbLJCoPSKwQaSfsr_efHWVgukDZTMgWP2DE7LR02AATQX6VnO6oA2gQfujNmx9WtAgNS_-7j7VOP_Qnr1oxNKvZFFEQNQqbdU",
  "kid": "attacker-rsa"
}`;
