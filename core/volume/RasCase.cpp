#include "volume/RasCase.h"

#include "volume/Orientation.h"

namespace brainmd {

RasCase makeRasCase(const Volume &imported) {
    RasCase out;
    out.volume = reorientToRas(imported);
    out.window = imported.headerWindow.value_or(percentileWindow(out.volume));
    return out;
}

} // namespace brainmd
