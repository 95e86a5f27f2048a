/**
 * Minimal GGUF v3 writer: enough of the format (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md)
 * to produce a llama.cpp-loadable model with scalar/array metadata and F32, F16, Q8_0 or Q4_0 tensors.
 */

export const GGUF_ALIGNMENT = 32;

export enum GgufValueType {
  Uint32 = 4,
  Int32 = 5,
  Float32 = 6,
  Bool = 7,
  String = 8,
  Array = 9,
}

export enum GgmlTensorType {
  F32 = 0,
  F16 = 1,
  Q4_0 = 2,
  Q8_0 = 8,
}

/** Values per quantisation block of Q8_0 and Q4_0 (ggml's QK8_0 and QK4_0). */
export const GGML_QUANT_BLOCK = 32;

export type GgufMetadataValue =
  | { type: GgufValueType.Uint32 | GgufValueType.Int32 | GgufValueType.Float32; value: number }
  | { type: GgufValueType.Bool; value: boolean }
  | { type: GgufValueType.String; value: string }
  | { type: GgufValueType.Array; itemType: GgufValueType.String; value: readonly string[] }
  | {
      type: GgufValueType.Array;
      itemType: GgufValueType.Float32 | GgufValueType.Int32;
      value: readonly number[];
    };

export interface GgufTensor {
  name: string;
  /** ggml order: dims[0] is the innermost (row length). */
  dims: readonly number[];
  type: GgmlTensorType;
  data: Float32Array;
}

class ByteSink {
  private readonly chunks: Buffer[] = [];
  length = 0;

  push(buffer: Buffer): void {
    this.chunks.push(buffer);
    this.length += buffer.length;
  }

  u32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(value);
    this.push(b);
  }

  i32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(value);
    this.push(b);
  }

  u64(value: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(value));
    this.push(b);
  }

  f32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(value);
    this.push(b);
  }

  str(value: string): void {
    const bytes = Buffer.from(value, 'utf8');
    this.u64(bytes.length);
    this.push(bytes);
  }

  padTo(alignment: number): void {
    const rest = this.length % alignment;
    if (rest !== 0) this.push(Buffer.alloc(alignment - rest));
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }
}

function writeScalar(sink: ByteSink, type: GgufValueType, value: number | boolean | string): void {
  switch (type) {
    case GgufValueType.Uint32:
      sink.u32(value as number);
      return;
    case GgufValueType.Int32:
      sink.i32(value as number);
      return;
    case GgufValueType.Float32:
      sink.f32(value as number);
      return;
    case GgufValueType.Bool:
      sink.push(Buffer.from([value ? 1 : 0]));
      return;
    case GgufValueType.String:
      sink.str(value as string);
      return;
    case GgufValueType.Array:
      throw new Error('nested GGUF arrays are not supported');
  }
}

function writeMetadataValue(sink: ByteSink, entry: GgufMetadataValue): void {
  sink.u32(entry.type);
  if (entry.type !== GgufValueType.Array) {
    writeScalar(sink, entry.type, entry.value);
    return;
  }
  sink.u32(entry.itemType);
  sink.u64(entry.value.length);
  for (const item of entry.value) writeScalar(sink, entry.itemType, item);
}

// One scratch cell reused by every conversion: a model has hundreds of millions of values to convert.
const float32Scratch = new Float32Array(1);
const float32ScratchBits = new Uint32Array(float32Scratch.buffer);

/** IEEE 754 half precision, round-to-nearest; enough for small random weights. */
export function toFloat16Bits(value: number): number {
  float32Scratch[0] = value;
  const bits = float32ScratchBits[0] ?? 0;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  const mantissa = bits & 0x7fffff;
  if (exponent <= 0) {
    if (exponent < -10) return sign;
    const m = (mantissa | 0x800000) >> (1 - exponent);
    return sign | ((m + 0x1000) >> 13);
  }
  if (exponent >= 0x1f) return sign | 0x7c00;
  return sign | (exponent << 10) | ((mantissa + 0x1000) >> 13);
}

/** C's roundf: halves away from zero (Math.round takes -2.5 to -2, ggml's quantiser to -3). */
function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * Q8_0, as ggml's reference quantiser writes it: per block of 32, the scale d = max|x| / 127 in half
 * precision, then the 32 values round(x / d) as signed bytes (34 bytes a block).
 */
function encodeQ8_0(values: Float32Array): Buffer {
  const blocks = values.length / GGML_QUANT_BLOCK;
  const out = Buffer.alloc(blocks * 34);
  for (let block = 0; block < blocks; block++) {
    const from = block * GGML_QUANT_BLOCK;
    let largest = 0;
    for (let i = 0; i < GGML_QUANT_BLOCK; i++) largest = Math.max(largest, Math.abs(values[from + i]));
    const scale = largest / 127;
    const inverse = scale === 0 ? 0 : 1 / scale;
    const at = block * 34;
    out.writeUInt16LE(toFloat16Bits(scale) & 0xffff, at);
    for (let i = 0; i < GGML_QUANT_BLOCK; i++) out.writeInt8(roundHalfAwayFromZero(values[from + i] * inverse), at + 2 + i);
  }
  return out;
}

/**
 * Q4_0, as ggml's reference quantiser writes it: per block of 32, the value of largest magnitude (with its
 * sign) over -8 as the scale, then each value as x / d + 8 truncated to 0…15; value j sits in the low nibble
 * of byte j and value j + 16 in its high nibble (18 bytes a block).
 */
function encodeQ4_0(values: Float32Array): Buffer {
  const half = GGML_QUANT_BLOCK / 2;
  const blocks = values.length / GGML_QUANT_BLOCK;
  const out = Buffer.alloc(blocks * (2 + half));
  const nibble = (value: number, inverse: number) => Math.min(15, Math.trunc(value * inverse + 8.5));
  for (let block = 0; block < blocks; block++) {
    const from = block * GGML_QUANT_BLOCK;
    let extreme = 0;
    for (let i = 0; i < GGML_QUANT_BLOCK; i++) if (Math.abs(values[from + i]) > Math.abs(extreme)) extreme = values[from + i];
    const scale = extreme / -8;
    const inverse = scale === 0 ? 0 : 1 / scale;
    const at = block * (2 + half);
    out.writeUInt16LE(toFloat16Bits(scale) & 0xffff, at);
    for (let j = 0; j < half; j++) out[at + 2 + j] = nibble(values[from + j], inverse) | (nibble(values[from + j + half], inverse) << 4);
  }
  return out;
}

function encodeTensorData(tensor: GgufTensor): Buffer {
  switch (tensor.type) {
    case GgmlTensorType.F32:
      return Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
    case GgmlTensorType.F16: {
      const out = Buffer.alloc(tensor.data.length * 2);
      tensor.data.forEach((value, i) => out.writeUInt16LE(toFloat16Bits(value) & 0xffff, i * 2));
      return out;
    }
    case GgmlTensorType.Q8_0:
      return encodeQ8_0(tensor.data);
    case GgmlTensorType.Q4_0:
      return encodeQ4_0(tensor.data);
  }
}

export function encodeGguf({ metadata, tensors }: { metadata: ReadonlyMap<string, GgufMetadataValue>; tensors: readonly GgufTensor[] }): Buffer {
  const header = new ByteSink();
  header.push(Buffer.from('GGUF', 'ascii'));
  header.u32(3);
  header.u64(tensors.length);
  header.u64(metadata.size);
  for (const [key, entry] of metadata) {
    header.str(key);
    writeMetadataValue(header, entry);
  }

  const data = new ByteSink();
  for (const tensor of tensors) {
    const expected = tensor.dims.reduce((a, b) => a * b, 1);
    if (expected !== tensor.data.length) {
      throw new Error(`tensor ${tensor.name}: dims ${tensor.dims.join('x')} need ${expected} values, got ${tensor.data.length}`);
    }
    const quantised = tensor.type === GgmlTensorType.Q8_0 || tensor.type === GgmlTensorType.Q4_0;
    if (quantised && (tensor.dims[0] ?? 0) % GGML_QUANT_BLOCK !== 0) {
      throw new Error(`tensor ${tensor.name}: rows of ${tensor.dims[0]} values cannot be quantised in blocks of ${GGML_QUANT_BLOCK}`);
    }
    data.padTo(GGUF_ALIGNMENT);
    header.str(tensor.name);
    header.u32(tensor.dims.length);
    for (const dim of tensor.dims) header.u64(dim);
    header.u32(tensor.type);
    header.u64(data.length);
    data.push(encodeTensorData(tensor));
  }
  header.padTo(GGUF_ALIGNMENT);
  return Buffer.concat([header.toBuffer(), data.toBuffer()]);
}
