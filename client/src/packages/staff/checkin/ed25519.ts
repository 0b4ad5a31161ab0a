/**
 * Ed25519 signature checks on the device. WeChat's logic layer has neither WebCrypto's
 * Ed25519 nor Node's crypto, so a small audited pure-JS implementation (TweetNaCl) does
 * it; it is imported only here, inside the staff subpackage, so candidates never load it.
 */
import nacl from 'tweetnacl';
import type { VerifySignature } from '@skills/shared';

export const verifyEd25519: VerifySignature = (message, signature, publicKey) =>
  publicKey.length === nacl.sign.publicKeyLength &&
  signature.length === nacl.sign.signatureLength &&
  nacl.sign.detached.verify(message, signature, publicKey);
