import { encodeGguf, GgmlTensorType, toFloat16Bits, type GgufTensor } from './gguf-writer';

/** The tensor data section of a one-tensor GGUF: what follows the aligned header. */
function encodedData(tensor: GgufTensor): Buffer {
  const file = encodeGguf({ metadata: new Map(), tensors: [tensor] });
  const elements = tensor.dims.reduce((a, b) => a * b, 1);
  const bytesPerBlock = tensor.type === GgmlTensorType.Q8_0 ? 34 : 18;
  return file.subarray(file.length - (elements / 32) * bytesPerBlock);
}

/** One row of 32 values -16/16 … 15/16: a block whose largest magnitude is its first value, 1. */
const ramp = Float32Array.from({ length: 32 }, (_, i) => (i - 16) / 16);

describe('GGUF quantised tensors (ggml block layouts)', () => {
  it('writes Q8_0 as blocks of 32: a half-precision scale of max|x|/127, then 32 signed bytes round(x / scale)', () => {
    const data = encodedData({ name: 'w', dims: [32, 1], type: GgmlTensorType.Q8_0, data: ramp });
    expect(data.length).toBe(34);
    expect(data.readUInt16LE(0)).toBe(toFloat16Bits(1 / 127));
    const quants = [...new Int8Array(data.buffer, data.byteOffset + 2, 32)];
    expect(quants[0]).toBe(-127);
    expect(quants[16]).toBe(0);
    expect(quants[31]).toBe(Math.round((15 / 16) * 127));
  });

  it('writes Q4_0 as blocks of 32: a scale of the signed extreme over -8, then value j and value j+16 in the low and high nibble of byte j', () => {
    const data = encodedData({ name: 'w', dims: [32, 1], type: GgmlTensorType.Q4_0, data: ramp });
    expect(data.length).toBe(18);
    // The extreme is -1, so the scale is 1/8 and -1 maps to nibble 0, 0 to nibble 8.
    expect(data.readUInt16LE(0)).toBe(toFloat16Bits(1 / 8));
    const nibbles = (j: number) => [data[2 + j] & 0x0f, data[2 + j] >> 4];
    expect(nibbles(0)).toEqual([0, 8]); // x[0] = -1, x[16] = 0
    expect(nibbles(15)).toEqual([Math.min(15, Math.trunc((-1 / 16) * 8 + 8.5)), 15]); // x[31] = 15/16 rounds to the top nibble
  });

  it('quantises an all-zero block to a zero scale and the zero point, without dividing by zero', () => {
    const zeros = new Float32Array(32);
    expect([...encodedData({ name: 'w', dims: [32, 1], type: GgmlTensorType.Q8_0, data: zeros })]).toEqual(new Array(34).fill(0));
    const q4 = encodedData({ name: 'w', dims: [32, 1], type: GgmlTensorType.Q4_0, data: zeros });
    expect(q4.readUInt16LE(0) & 0x7fff).toBe(0); // ±0: ggml's own max / -8 gives -0 here too
    expect([...q4.subarray(2)]).toEqual(new Array(16).fill(0x88));
  });

  it('refuses a quantised tensor whose rows are not whole blocks of 32, naming the tensor', () => {
    expect(() =>
      encodeGguf({ metadata: new Map(), tensors: [{ name: 'blk.0.attn_q.weight', dims: [48, 2], type: GgmlTensorType.Q8_0, data: new Float32Array(96) }] }),
    ).toThrow(/blk\.0\.attn_q\.weight.*48.*32/);
  });
});
