/**
 * The verifier in a bare JavaScript context like WeChat's logic layer: no `crypto`, no
 * `window`/`self`, no `require`, no TextEncoder. TweetNaCl's own file is run there and
 * checks a signature made by Node's Ed25519 (as the functions make them).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import vm from 'node:vm';

test('TweetNaCl verifies Node’s Ed25519 signatures in a context without any crypto API', () => {
  const source = fs.readFileSync(require.resolve('tweetnacl/nacl-fast.js'), 'utf8');
  const sandbox: { module: { exports: Record<string, unknown> }; result?: boolean[] } = { module: { exports: {} } };
  vm.createContext(sandbox);
  vm.runInContext(source, sandbox);
  expect(vm.runInContext('typeof crypto + typeof self + typeof window + typeof require + typeof TextEncoder', sandbox)).toBe('undefinedundefinedundefinedundefinedundefined');

  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const message = Buffer.from('skills-ticket-code-v1:一张准考证');
  const signature = crypto.sign(null, message, privateKey);
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
  Object.assign(sandbox, { message: [...message], signature: [...signature], raw: [...raw] });
  vm.runInContext(
    `var nacl = module.exports, bytes = function (a) { return new Uint8Array(a); };
     var tampered = message.slice(); tampered[0] ^= 1;
     result = [
       nacl.sign.detached.verify(bytes(message), bytes(signature), bytes(raw)),
       nacl.sign.detached.verify(bytes(tampered), bytes(signature), bytes(raw)),
     ];`,
    sandbox,
  );
  expect(sandbox.result).toEqual([true, false]);
});
