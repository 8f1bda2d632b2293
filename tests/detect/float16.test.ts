import { test } from 'node:test';
import assert from 'node:assert/strict';
import { float16BitsToFloat32, float32ToFloat16Bits } from '../../src/detect/float16.ts';

test('float32ToFloat16Bits matches IEEE 754 half-precision bit patterns (values from the binary16 Wikipedia table)', () => {
  const bits = float32ToFloat16Bits([0, -0, 1, -2, 65504, 65520, 2 ** -24, 2 ** -14, 1 / 3, Infinity, Number.NaN, 0.1]);
  assert.deepEqual(Array.from(bits, (b) => b.toString(16)), ['0', '8000', '3c00', 'c000', '7bff', '7c00', '1', '400', '3555', '7c00', '7e00', '2e66']);
});

test('float32ToFloat16Bits rounds half to even', () => {
  // 1 + 2^-11 lies halfway between 1 (0x3c00) and 1 + 2^-10 (0x3c01): ties to even -> 0x3c00
  assert.equal(float32ToFloat16Bits([1 + 2 ** -11])[0], 0x3c00);
  assert.equal(float32ToFloat16Bits([1 + 3 * 2 ** -11])[0], 0x3c02);
});

test('float16BitsToFloat32(float32ToFloat16Bits(x)) is within half an ulp (relative 2^-11) for normal values', () => {
  const xs = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 10 ** ((i % 7) - 3));
  const back = float16BitsToFloat32(float32ToFloat16Bits(xs));
  xs.forEach((x, i) => assert.ok(Math.abs(back[i] - x) <= Math.abs(x) * 2 ** -11 + 2 ** -25, `${x} -> ${back[i]}`));
});
