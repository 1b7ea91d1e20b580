// CFuzzerDriver: no code; the header declares the driver that libclang_rt.fuzzer defines.
#include "CFuzzerDriver.h"
