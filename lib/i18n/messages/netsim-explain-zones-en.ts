// English side of netsim-explain-zones.ts, in its own module so a browser loads one language only.
import type { zonesInvalidJa, zonesJa } from "./netsim-explain-zones";

export const zonesEn: typeof zonesJa = {
  tgwNoAttachmentInAz:
    "The attachment {attachment} of transit gateway {tgw} has no subnet in {az}. Resources in an Availability Zone without an attachment subnet cannot reach the transit gateway, even with a route to it.",
  connectionDown:
    "Every connection to the on-premises network {network} is down, so nothing is carried either way (its BGP routes are withdrawn too).",
  whenDown: {
    text: "{isAz}{isComponent}{cause}",
    isAz: "With Availability Zone {component} down: ",
    isComponent: "With {component} down: ",
  },
  endpointServiceNoLb:
    "The Network Load Balancer {lb} of endpoint service {service} does not exist yet, so a connection that reaches the interface endpoint has nowhere to go.",
  lbNoServedTarget:
    "The listener on port {port} of load balancer {lb} has no target to send to (it sends only to healthy targets in an Availability Zone it enables).",
  failureHostDown: "The destination {host} is down.",
  failureNoClient: "No client of {host} is left (all of them are where the failure is).",
  choiceFailsWhenDown:
    "Not needed (does not survive the failure): with everything up the goal flows are delivered, but {failure}",
};

export const zonesInvalidEn: typeof zonesInvalidJa = {
  oneSubnetPerAz: "A transit gateway VPC attachment and a load balancer take one subnet per Availability Zone.",
  albTarget:
    "An ALB can be the target only of an NLB's TCP listener, in the same VPC, forwarding to one of the ALB's listener ports.",
  endpointServiceLb: "An endpoint service needs a Network Load Balancer (or a Gateway Load Balancer).",
  tunnelOptions: "The DPD timeout is 30 seconds or more, and tunnel options belong to a Site-to-Site VPN connection.",
};
