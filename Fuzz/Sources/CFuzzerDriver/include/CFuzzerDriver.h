// CFuzzerDriver: declares libFuzzer's LLVMFuzzerRunDriver, so a SwiftPM executable's renamed main can start the fuzzer.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
