#include "volume/RasCase.h"

#include "volume/Orientation.h"

namespace brainmd {

RasCase makeRasCase(const Volume &imported) {
    RasCase out;
    out.volume = reorientToRas(imported);
    // Not value_or(): its argument, a percentile pass over the whole volume, would run even
    // when the header has a window.
    out.window = imported.headerWindow ? *imported.headerWindow : percentileWindow(out.volume);
    return out;
}

} // namespace brainmd
