#pragma once

namespace gilde
{

/// Media that a post marks sensitive show blurred until the user reveals
/// them. The post's HTML says which: their picture's and link's addresses
/// end in this fragment, which never leaves with a request.
inline constexpr char HiddenMediaFragment[] = "gilde-hidden";

} // namespace gilde
